package id.regsosek.support;

import id.regsosek.RegsosekApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application node on the integration suite's database: its own web server on a free port, its own
 * process engine and job executor, as a second server of a regency office would be. Close it after use.
 */
public final class SecondNode implements AutoCloseable {

    private static final String WEBAPPS = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the node (after the suite's own context made the database). */
    public static SecondNode start() {
        PostgresDatabase.recreate();
        // As command-line arguments: they win over the files in ./config (default properties would not).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RegsosekApplication.class)
                .profiles("postgres", "it")
                .run("--spring.datasource.url=jdbc:postgresql://" + PostgresDatabase.HOST + "/" + PostgresDatabase.NAME,
                        "--spring.datasource.username=" + PostgresDatabase.USER, "--spring.datasource.password=",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.PORT,
                        "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.admin-user.password=it-sysadmin-secret-42",
                        "--camunda.bpm.process-engine-name=node2", "--server.port=0", "--spring.main.banner-mode=off",
                        // The webapps look their engine up by name; one node's are enough for the suite.
                        "--spring.autoconfigure.exclude=" + WEBAPPS);
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        if (url == null || !url.endsWith("/" + PostgresDatabase.NAME)) {
            context.close();
            throw new IllegalStateException("the second node would not use the suite's database: " + url);
        }
        return new SecondNode(context);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Http http(String user, String password) {
        return new Http("http://localhost:" + port(), user, password);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
