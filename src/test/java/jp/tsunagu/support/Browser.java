package jp.tsunagu.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages (/usr/bin/chromium and /usr/bin/chromedriver),
 * driven by Selenium. A browser downloaded at test time is not used: the machines are offline.
 * Without the packages the browser tests are skipped, unless TSUNAGU_BROWSER_REQUIRED is set (the
 * CI script sets it after installing them), when they fail.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private static volatile String axeSource;

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new browser with an empty profile, `width` CSS pixels wide, at the application whose root is `applicationUrl`. */
    public static Browser open(URL applicationUrl, int width, int height) {
        return open(applicationUrl, width, height, false);
    }

    /**
     * A new browser that emulates a phone's screen, `width` × `height` CSS pixels at a pixel ratio of 2
     * (ChromeDriver's mobile emulation): the layout viewport is exactly `width` wide, which a narrow
     * window is not (headless Chromium does not make its window narrower than 500 px).
     */
    public static Browser openPhone(URL applicationUrl, int width, int height) {
        return open(applicationUrl, width, height, true);
    }

    private static Browser open(URL applicationUrl, int width, int height, boolean phone) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("TSUNAGU_BROWSER_REQUIRED") == null) {
            Assumptions.abort("Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags that keep Chromium from reaching for the internet, which a closed network refuses.
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=ja-JP", "--window-size=" + width + "," + height));
        // The console's messages are kept, so that a test can see what the page logged.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (phone) {
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (!phone) {
            driver.manage().window().setSize(new Dimension(width, height));
        }
        // Long enough for the accessibility rules on the largest screen (the round's review) on a loaded machine.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        String root = applicationUrl.toString();
        return new Browser(driver, root.endsWith("/") ? root : root + "/");
    }

    /** The errors the page logged to the console since the last call (failed requests included). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the application, e.g. "index.html" or "counter.html#people". */
    public Browser go(String page) {
        driver.get(base + page);
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public void waitForUrl(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(fragment));
    }

    /** Signs in through the sign-in page and waits for the role's home screen. */
    public Browser signIn(String username, String password, String homePage) {
        go("index.html");
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitForUrl(homePage);
        waitFor(By.cssSelector("[data-test=account-name]"));
        return this;
    }

    /** Saves what the screen shows as target/screenshots/{name}.png, so that a person can look at it. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's width as laid out: wider than the window means the user must scroll sideways. */
    public long documentScrollWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    /**
     * The form controls on the screen that no assistive technology could name: without a label
     * element, aria-label or aria-labelledby. Each as the start of its markup, to say which.
     */
    @SuppressWarnings("unchecked")
    public List<String> unlabelledControls() {
        return (List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                    .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                        && !e.getAttribute('aria-labelledby'))
                    .map(e => e.outerHTML.slice(0, 160));
                """);
    }

    /** The width of the viewport in CSS pixels (with its scroll bar), as the page's media queries see it. */
    public long viewportWidth() {
        return ((Number) driver.executeScript("return window.innerWidth")).longValue();
    }

    /**
     * What axe-core finds against the WCAG 2.0 and 2.1 A and AA rules on the screen as it now stands:
     * one entry per rule broken, with the elements that break it. axe.min.js comes from its WebJar on
     * the test class path and is injected into the page by WebDriver, which the page's content policy
     * does not govern.
     */
    @SuppressWarnings("unchecked")
    public List<AxeViolation> accessibilityViolations() {
        driver.executeScript("if (typeof window.axe === 'undefined') { " + axeSource() + "\n}");
        Object answer = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                                    resultTypes: ['violations'] })
                  .then((result) => done(result.violations.map((v) => ({ rule: v.id, impact: v.impact || '', help: v.help,
                      nodes: v.nodes.map((n) => n.target.join(' ') + '  ' + n.html.replace(/\\s+/g, ' ').slice(0, 160)) }))),
                        (e) => done('axe failed: ' + e));
                """);
        if (answer instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        return ((List<Map<String, Object>>) answer).stream().map(v -> new AxeViolation((String) v.get("rule"),
                (String) v.get("impact"), (String) v.get("help"), (List<String>) v.get("nodes"))).toList();
    }

    /** A WCAG rule that a screen breaks, and where: each element as its selector and the start of its markup. */
    public record AxeViolation(String rule, String impact, String help, List<String> elements) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + String.join("", elements.stream().map(e -> "\n      " + e).toList());
        }
    }

    private static String axeSource() {
        String source = axeSource;
        if (source == null) {
            try {
                // The WebJar keeps its files under a folder named after its version, which its pom.properties names.
                Properties webJar = new Properties();
                try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
                    webJar.load(in);
                }
                try (InputStream in = resource("META-INF/resources/webjars/axe-core/" + webJar.getProperty("version")
                        + "/axe.min.js")) {
                    source = axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static InputStream resource(String path) {
        InputStream in = Browser.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the test class path (the axe-core WebJar in pom.xml)");
        }
        return in;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
