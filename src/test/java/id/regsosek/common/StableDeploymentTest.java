package id.regsosek.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A run from the source tree (mvn spring-boot:run, the tests: models are files) and a run of the jar (models are
 * jar entries) deploy the same resource names, so one after the other on a database makes no new version.
 */
class StableDeploymentTest extends AppTest {

    private static final String[] PATTERNS = {"classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn",
        "classpath*:forms/**/*.form"};

    @Autowired
    RepositoryService repository;
    /** What the application deploys from (the starter's default, or ours). */
    @Autowired
    CamundaDeploymentConfiguration deployment;

    @Test
    void theApplicationDeploysItsModelsUnderTheirFileNames() {
        Deployment auto = repository.createDeploymentQuery().deploymentName("SpringAutoDeployment").singleResult();
        List<String> names = repository.getDeploymentResourceNames(auto.getId());
        assertThat(names).contains("area-assignment.bpmn", "candidate-eligibility.dmn", "assignment-review.form")
                .allMatch(n -> !n.contains("/") && !n.contains("\\"));
    }

    @Test
    void deployingFromFilesThenFromTheJarMakesOneVersion(@TempDir Path dir) throws Exception {
        Set<Resource> files = deployment.getDeploymentResources();
        Path jar = jarOf(files, dir.resolve("regsosek-workflow.jar"));
        List<Resource> entries = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
            for (String pattern : PATTERNS) {
                entries.addAll(List.of(resolver.getResources(pattern)));
            }
            assertThat(entries).hasSameSizeAs(files);
            assertThat(entries.get(0).getURL().getProtocol()).isEqualTo("jar");
            String url = "jdbc:h2:mem:deploy-twice-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
            deploy(url, "files", files.toArray(Resource[]::new));
            // The jar run: Camunda names a resource it cannot open as a file by its file name.
            ProcessEngine engine = deploy(url, "jar", entries.toArray(Resource[]::new));
            try {
                RepositoryService repo = engine.getRepositoryService();
                assertThat(repo.createDeploymentQuery().count()).isEqualTo(1);
                List<ProcessDefinition> definitions = repo.createProcessDefinitionQuery().list();
                assertThat(definitions).extracting(ProcessDefinition::getKey).contains("area-assignment",
                        "household-visit", "recruitment-campaign");
                assertThat(definitions).allMatch(d -> d.getVersion() == 1);
                assertThat(repo.createDecisionDefinitionQuery().latestVersion().list())
                        .allMatch(d -> d.getVersion() == 1);
            } finally {
                engine.close();
            }
        }
    }

    /** What Spring's auto-deployment of a run does: builds the engine, which deploys the given resources. */
    private static ProcessEngine deploy(String url, String run, Resource[] resources) {
        SimpleDriverDataSource data = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        SpringTransactionsProcessEngineConfiguration c = new SpringTransactionsProcessEngineConfiguration();
        c.setDataSource(data);
        c.setTransactionManager(new DataSourceTransactionManager(data));
        c.setDatabaseSchemaUpdate("true");
        c.setJobExecutorActivate(false);
        c.setProcessEngineName("deploy-twice-" + run);
        c.setDeploymentResources(resources);
        ProcessEngine engine = c.buildProcessEngine();
        if ("files".equals(run)) {
            engine.close();
        }
        return engine;
    }

    /** The models as the packaged jar carries them (bpmn/..., forms/...). */
    private static Path jarOf(Set<Resource> files, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : List.of("bpmn/", "forms/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (Resource r : files) {
                String folder = r.getFilename().endsWith(".form") ? "forms/" : "bpmn/";
                out.putNextEntry(new JarEntry(folder + r.getFilename()));
                try (InputStream in = r.getInputStream()) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
