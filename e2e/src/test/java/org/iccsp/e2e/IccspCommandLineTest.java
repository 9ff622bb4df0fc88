package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iccsp.platform.testing.ProjectLayout;
import org.iccsp.platform.testing.StackLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `./iccsp` itself, without a stack: every command's --help, --version, and `dev` refusing to run without a stack. */
class IccspCommandLineTest {
    @TempDir
    Path state;

    record Result(int exit, String output) {
    }

    private Result iccsp(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProjectLayout.root().resolve("iccsp").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ProjectLayout.root().toFile()).redirectErrorStream(true);
        // a state dir and ports of its own: whatever stack runs on this machine is never touched
        builder.environment().put("ICCSP_STATE_DIR", state.toString());
        builder.environment().put("ICCSP_PORT_OFFSET", "23000");
        builder.environment().put("ICCSP_PRIVATE_PG", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./iccsp " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"up", "down", "stop", "kill", "status", "logs", "mail", "trace", "token", "env", "dev", "version", "help"})
    void everyCommandExplainsItselfWithHelp(String command) throws Exception {
        for (String flag : List.of("--help", "-h")) {
            Result result = iccsp(command, flag);
            assertEquals(0, result.exit(), result.output());
            assertTrue(result.output().startsWith("Usage: ./iccsp " + command), result.output());
        }
    }

    @Test
    void theHelpListsEveryCommandThatHasAUsage() throws Exception {
        Result help = iccsp("help");
        assertEquals(0, help.exit(), help.output());
        Matcher commands = Pattern.compile("(?m)^  ([a-z]+)(?: |$)").matcher(help.output());
        int listed = 0;
        while (commands.find()) {
            listed++;
            Result usage = iccsp(commands.group(1), "--help");
            assertEquals(0, usage.exit(), usage.output());
        }
        assertEquals(13, listed, help.output());
    }

    @Test
    void versionNamesTheProjectVersionAndTheCommit() throws Exception {
        String pom = Files.readString(ProjectLayout.root().resolve("pom.xml"));
        Matcher version = Pattern.compile("(?m)^  <version>([^<]+)</version>$").matcher(pom);
        assertTrue(version.find());
        for (String flag : List.of("--version", "version", "-V")) {
            Result result = iccsp(flag);
            assertEquals(0, result.exit(), result.output());
            assertTrue(result.output().matches("(?s)iccsp " + Pattern.quote(version.group(1)) + " \\(commit ([0-9a-f]{12}|unknown).*\\)\n"),
                    result.output());
        }
    }

    @Test
    void devNeedsARunningStackAndSaysHowToStartIt() throws Exception {
        Result result = iccsp("dev", "pledge-service");
        assertNotEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("is not running") && result.output().contains("./iccsp up"), result.output());
    }

    @Test
    void devNamesTheServicesItKnows() throws Exception {
        Result result = iccsp("dev", "no-such-service");
        assertNotEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("usage: ./iccsp dev <service>") && result.output().contains("pledge-service"), result.output());
    }

    @Test
    void statusListsThePortsOfStackProperties() throws Exception {
        StackLayout layout = StackLayout.load(23_000); // the offset iccsp(...) runs with
        Result result = iccsp("status");
        assertEquals(0, result.exit(), result.output());
        List<String> components = layout.components();
        assertEquals(List.of("postgres", "kafka", "keycloak", "smtp"), components.subList(0, 4), "the infrastructure starts first");
        for (String component : components) {
            List<Integer> ports = new ArrayList<>();
            ports.add(layout.httpPort(component));
            switch (component) {
                case "postgres" -> { } // ICCSP_PRIVATE_PG: the private cluster only
                case "kafka" -> ports.add(layout.port("kafka.controller.port"));
                case "smtp" -> ports.add(layout.port("smtp.api.port"));
                default -> ports.add(layout.managementPort(component));
            }
            String expected = ports.stream().map(String::valueOf).collect(Collectors.joining(","));
            assertTrue(Pattern.compile("(?m)^" + Pattern.quote(component) + " +\\S+ +\\S+ +" + expected + " ").matcher(result.output()).find(),
                    component + " " + expected + " in\n" + result.output());
        }
    }

    @Test
    void anUnknownCommandFailsWithTheHelp() throws Exception {
        Result result = iccsp("no-such-command");
        assertEquals(2, result.exit(), result.output());
        assertTrue(result.output().startsWith("Usage: ./iccsp <command>"), result.output());
    }
}
