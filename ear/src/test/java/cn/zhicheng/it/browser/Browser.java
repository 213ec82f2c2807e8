package cn.zhicheng.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven by Selenium, with the flags that work on these machines. One browser per test
 * class; {@link #signOut()} clears the session between users.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    public Browser(URL applicationUrl) throws IOException {
        this.base = applicationUrl.toString().endsWith("/") ? applicationUrl.toString() : applicationUrl + "/";
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String username, String password) {
        open("login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        driver.findElement(By.id("loginForm:submit")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")), 1);
    }

    /** Submits the log-in form and waits for the page it answers with (for refusals). */
    public void attemptSignIn(String username, String password) {
        open("login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        submitAndWait(By.id("loginForm:submit"));
    }

    /**
     * Clicks a non-ajax submit button and waits until the browser has loaded the next page: a marker set on the old
     * page's window is gone and the new document is complete (element staleness is reported inconsistently).
     */
    public void submitAndWait(By button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.zcOldPage = true;");
        driver.findElement(button).click();
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.zcOldPage === undefined && document.readyState === 'complete';")), 10);
    }

    public void signOut() {
        List<WebElement> logout = driver.findElements(By.id("headerForm:logout"));
        if (!logout.isEmpty()) {
            logout.get(0).click();
            waitFor(ExpectedConditions.urlContains("login.xhtml"), 10);
        }
        driver.manage().deleteAllCookies();
    }

    public void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    public void click(By element) {
        driver.findElement(element).click();
    }

    public String text(By element) {
        return driver.findElement(element).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length() - 1);
    }

    /** The ids of the menu entries shown to the signed-in user. */
    public List<String> menuIds() {
        return driver.findElements(By.cssSelector("#menu [data-menu]")).stream()
                .map(a -> a.getDomAttribute("data-menu"))
                .toList();
    }

    /**
     * Waits until the condition holds; an element that ajax re-rendered while the condition read it (stale) is
     * looked up again on the next poll rather than failing the wait.
     */
    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(Math.max(seconds, 10)))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the page has loaded and no PrimeFaces/jQuery ajax request is queued or running. */
    public void awaitAjax() {
        waitFor(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")), 10);
    }

    /** Chooses a value of a PrimeFaces selectOneMenu through its widget (fires the change and its ajax). */
    public void selectOneMenu(String clientId, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PF(arguments[0]).selectValue(arguments[1]);", "widget_" + clientId.replace(':', '_'), value);
        awaitAjax();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
