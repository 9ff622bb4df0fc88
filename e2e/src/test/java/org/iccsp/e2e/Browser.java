package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iccsp.platform.testing.ProjectLayout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) driven by
 * Selenium against the stack's gateway, as a person with a fresh browser profile: nothing is
 * downloaded (the driver and browser paths are given, so Selenium Manager never runs). Missing
 * either is a failure that says what to install, never a skip.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("iccsp.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("iccsp.chromedriver", "/usr/bin/chromedriver"));
    /** Every screenshot the browser tests take; docs/screenshots holds a chosen copy for the README. */
    static final Path SCREENSHOTS = ProjectLayout.root().resolve("e2e/target/screenshots");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    /** A full-page screenshot is cut here, so a long page stays a small picture. */
    private static final int MAX_SCREENSHOT_HEIGHT = 2000;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A phone's viewport in CSS pixels (an iPhone 12–15's width). */
    static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final int width;
    /** Every page reached with {@link #open} or {@link #click} is checked by PageChecks, once per address and title. */
    private boolean checkPages = true;
    private final java.util.Set<String> checked = new java.util.HashSet<>();
    private final List<String> findings = new java.util.ArrayList<>();

    private Browser(ChromeDriver driver, Path profile, int width) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, PATIENCE);
        this.width = width;
    }

    static Browser start() {
        return start(WIDTH, false);
    }

    /** A phone: Chromium's mobile emulation at 390 × 844 CSS pixels, touch, device pixel ratio 3. */
    static Browser phone() {
        return start(PHONE_WIDTH, true);
    }

    /** A desktop browser window {@code width} CSS pixels wide (e.g. 1366). */
    static Browser desktop(int width) {
        return start(width, false);
    }

    private static Browser start(int width, boolean phone) {
        require(CHROMIUM, "chromium");
        require(CHROMEDRIVER, "chromium-driver");
        try {
            Path profile = Files.createTempDirectory("iccsp-chromium-");
            Path log = ProjectLayout.root().resolve("e2e/target/chromedriver.log");
            Files.createDirectories(log.getParent());
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=en-GB", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + (phone ? PHONE_HEIGHT : HEIGHT));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
            if (phone) {
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                        Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 3.0, "touch", true)));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).withLogFile(log.toFile()).withAppendLog(true).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE);
            return new Browser(driver, profile, width);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(Path executable, String debianPackage) {
        assertTrue(Files.isExecutable(executable), executable + " is missing: the browser tests need Debian's "
                + debianPackage + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
    }

    /** Opens a gateway page, e.g. {@code /directory?lang=ar}. */
    Browser open(String path) {
        driver.get(LocalStack.GATEWAY + path);
        checkPage();
        return this;
    }

    /**
     * For a test that checks each page itself (BrowserLayoutIT): pages are no longer checked on the way.
     * Otherwise every page this browser reaches is checked with axe-core and for developer text
     * ({@link PageChecks}), and {@link #close} fails the test with what was found, page by page.
     */
    Browser withoutPageChecks() {
        checkPages = false;
        return this;
    }

    /** axe-core and the developer-text check on the page shown now, once per address and title. */
    private void checkPage() {
        if (!checkPages) {
            return;
        }
        String url = driver.getCurrentUrl();
        String lang = String.valueOf(driver.executeScript("return document.documentElement.lang || 'en'"));
        Object signedIn = driver.executeScript("return !!document.getElementById('signed-in-as')");
        if (!checked.add(url + " " + driver.getTitle() + " " + signedIn)) {
            return;
        }
        String where = url.replace(LocalStack.GATEWAY, "") + " (" + lang + ", " + width + " px)";
        PageChecks.accessibility(this).forEach(v -> findings.add(where + ": axe-core: " + v));
        PageChecks.developerText(this, lang).forEach(t -> findings.add(where + ": developer text: " + t));
    }

    /**
     * Signs in as a dev user the way a person does: "Sign in" on the gateway, the real Keycloak
     * login page (screenshot {@code keycloak-login}), and back on the gateway's start page, signed in.
     */
    Browser signIn(String user) {
        toSignInPage("/");
        submitSignIn(user);
        wait.until(ExpectedConditions.urlToBe(LocalStack.GATEWAY + "/"));
        // (on a phone the header's menu is folded: read the text whether shown or not)
        String signedInAs = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")))
                .getDomProperty("textContent");
        assertTrue(signedInAs.contains(user), "the gateway's header names the person who signed in: " + signedInAs);
        return this;
    }

    /** Opens a gateway page and clicks its "Sign in": on Keycloak's login page, its form shown. */
    Browser toSignInPage(String path) {
        open(path);
        if (!driver.findElement(By.id("sign-in")).isDisplayed()) {
            click(By.id("menu-toggle")); // a phone: the menu is folded
        }
        click(By.id("sign-in"));
        wait.until(ExpectedConditions.urlContains(LocalStack.KEYCLOAK + "/realms/iccsp/protocol/openid-connect/auth"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        return this;
    }

    /** On Keycloak's login page: the dev user's name and password, then its button; waits to be off Keycloak. */
    Browser submitSignIn(String user) {
        type(By.id("username"), user);
        driver.findElement(By.id("password")).sendKeys(user + "-pw");
        screenshot("keycloak-login");
        click(By.id("kc-login"));
        wait.until(d -> d.getCurrentUrl().startsWith(LocalStack.GATEWAY));
        return this;
    }

    /** The address the browser shows (on the gateway or elsewhere, e.g. Keycloak). */
    String url() {
        return driver.getCurrentUrl();
    }

    /**
     * The gateway session's cookies ({@code q_session}, or its {@code q_session_chunk_N} parts when the tokens do
     * not fit one cookie) as a {@code Cookie} header: what someone who copied them could replay.
     */
    String sessionCookies() {
        return driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .map(c -> c.getName() + "=" + c.getValue()).sorted().reduce((a, b) -> a + "; " + b)
                .orElseThrow(() -> new AssertionError("no q_session cookie: not signed in"));
    }

    /** Clicks; ChromeDriver waits for a navigation the click starts, this for its page to load. */
    Browser click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        checkPage();
        return this;
    }

    /** Types into a field, replacing what it holds. */
    Browser type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Picks an option of a select by its value. */
    Browser select(By field, String value) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(field))).selectByValue(value);
        return this;
    }

    /** Ticks a checkbox (clicking its label would do the same). */
    Browser check(By box) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(box));
        if (!element.isSelected()) {
            element.click();
        }
        return this;
    }

    /**
     * Sets a date input: WebDriver's typing into {@code type=date} depends on the browser's locale
     * format, so the value is set as the date picker would set it.
     */
    Browser date(By field, String isoDate) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
                element, isoDate);
        return this;
    }

    /** The visible text of an element. */
    String text(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target)).getText();
    }

    /** The visible text of every element matching. */
    List<String> texts(By target) {
        return driver.findElements(target).stream().map(WebElement::getText).toList();
    }

    boolean present(By target) {
        return !driver.findElements(target).isEmpty();
    }

    String attribute(By target, String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(target)).getDomAttribute(name);
    }

    /**
     * How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways): the document
     * element's scrollWidth against its clientWidth.
     */
    int horizontalOverflow() {
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return overflow.intValue();
    }

    /** The elements that stick out of the viewport (tag#id.class and width), to say what overflows. */
    String widestElements() {
        return String.valueOf(driver.executeScript("""
                const w = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > w + 1 || e.getBoundingClientRect().left < -1)
                  .slice(0, 8)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().width))
                  .join(', ');"""));
    }

    /** Evaluates a script in the page and returns its value. */
    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Evaluates an asynchronous script (its last argument is the callback) and returns what it passed. */
    Object asyncScript(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    /** The page's main heading. */
    String heading() {
        return text(By.cssSelector("main h1"));
    }

    /** Path and query of the current page on the gateway. */
    String path() {
        String url = driver.getCurrentUrl();
        assertTrue(url.startsWith(LocalStack.GATEWAY), "still on the gateway: " + url);
        return url.substring(LocalStack.GATEWAY.length());
    }

    /**
     * Fetches a link the page shows with the page's own session (what clicking a download link
     * sends), returning status, Content-Type and body as text.
     */
    Download fetch(By link) {
        String href = attribute(link, "href");
        @SuppressWarnings("unchecked")
        Map<String, Object> reply = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.text().then(body => done({status: r.status, type: r.headers.get('content-type'), body})))
                  .catch(e => done({status: -1, type: '', body: String(e)}));""", href);
        return new Download(((Number) reply.get("status")).intValue(), String.valueOf(reply.get("type")),
                String.valueOf(reply.get("body")));
    }

    record Download(int status, String contentType, String body) {
    }

    /**
     * Saves the whole page from its top (up to {@link #MAX_SCREENSHOT_HEIGHT} CSS pixels) as
     * {@code <name>.png}; Chromium's DevTools capture beyond the window, which headless cannot grow.
     */
    Path screenshot(String name) {
        try {
            driver.executeScript("window.scrollTo(0, 0)");
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
            int pageHeight = Math.min(Math.max(height.intValue(), 1), MAX_SCREENSHOT_HEIGHT);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", pageHeight, "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves a screenshot of every browser a failing test used, as the page was when the test ended
     * (e2e/target/screenshots/failed-&lt;class&gt;-&lt;test&gt;-&lt;n&gt;.png): each browser is captured when it closes
     * during a test, and the capture is kept only if the test fails. {@link RealStack} classes use it.
     */
    static final class FailureScreenshots implements org.junit.jupiter.api.extension.BeforeEachCallback,
            org.junit.jupiter.api.extension.TestWatcher {
        private static final Path PENDING = SCREENSHOTS.resolve("pending");

        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            currentTest = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            closedInTest = 0;
            clearPending();
        }

        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            try (Stream<Path> shots = Files.exists(PENDING) ? Files.list(PENDING) : Stream.empty()) {
                for (Path shot : shots.toList()) {
                    Path kept = SCREENSHOTS.resolve("failed-" + shot.getFileName());
                    Files.move(shot, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    System.out.println("screenshot of the failed test: " + kept);
                }
            } catch (IOException e) {
                System.out.println("no screenshot of the failed test: " + e);
            }
            currentTest = null;
        }

        @Override
        public void testSuccessful(org.junit.jupiter.api.extension.ExtensionContext context) {
            clearPending();
            currentTest = null;
        }

        @Override
        public void testAborted(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            clearPending();
            currentTest = null;
        }

        private static void clearPending() {
            try (Stream<Path> shots = Files.exists(PENDING) ? Files.list(PENDING) : Stream.empty()) {
                for (Path shot : shots.toList()) {
                    Files.deleteIfExists(shot);
                }
            } catch (IOException e) {
                // a stale capture is overwritten by the next one
            }
        }

        /** While a browser closes inside a test: where its capture waits for the test's outcome. */
        static Path pendingShot() {
            return currentTest == null ? null : PENDING.resolve(currentTest + "-" + (++closedInTest) + ".png");
        }
    }

    private static volatile String currentTest;
    private static volatile int closedInTest;

    @Override
    public void close() {
        try {
            Path pending = FailureScreenshots.pendingShot();
            if (pending == null && !findings.isEmpty()) {
                screenshot("page-checks-" + System.currentTimeMillis());
            }
            if (pending != null) {
                try {
                    Files.createDirectories(pending.getParent());
                    Files.move(screenshot(".closing"), pending, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException | RuntimeException e) {
                    // a browser that already died leaves no picture; the test's own failure says why
                }
            }
        } finally {
            quitAndDelete();
        }
        if (!findings.isEmpty()) {
            throw new AssertionError("axe-core or the developer-text check found, on the pages this browser saw:\n  "
                    + String.join("\n  ", findings));
        }
    }

    private void quitAndDelete() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
