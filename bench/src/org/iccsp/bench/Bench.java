package org.iccsp.bench;

/** Entry point: {@code Bench search|rush|pledges|startup} (bench/run starts the stack first). */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "search" -> Search.run();
            case "rush" -> Rush.run();
            case "pledges" -> Pledges.run();
            case "startup" -> Startup.run();
            default -> {
                System.err.println("usage: Bench search|rush|pledges|startup");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
