package id.regsosek.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them). Outside CI a machine
 * without them skips browser tests; in CI (CI=true) their absence fails.
 */
public final class Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    public static WebDriver start() {
        return start(null);
    }

    /**
     * A browser whose language (navigator.languages and Accept-Language) is the given one, e.g. "id" or "en-US";
     * null keeps Chromium's default.
     */
    public static WebDriver start(String language) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "chromium/chromedriver missing");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000");
        if (language != null) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Logs in through our login page, which any protected page redirects to. */
    public static void login(WebDriver driver, String base, String page, String user, String password) {
        driver.get(base + page);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /**
     * Opens a page of Camunda's webapps and waits for it to be ready. In headless Chromium on a loaded 2-core host
     * a webapp now and then stays on its blank boot page (its module loader never finishes; seen with an empty body
     * after 60 s). A person presses reload, and so does this, once, after 25 s; a second blank load fails.
     */
    public static void open(WebDriver driver, String url, java.util.function.Function<WebDriver, ?> ready) {
        driver.get(url);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(25)).until(ready);
        } catch (org.openqa.selenium.TimeoutException blank) {
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(ready);
        }
    }

    /** Clicks as a script would: Tasklist's footer may cover a button on a short window. */
    public static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", element);
    }

    /** A screenshot into target/screenshots (the README shows some of them). */
    public static void shot(WebDriver driver, String name) throws IOException {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
