package id.regsosek.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys the models (bpmn/, forms/) under their bare file names however the application runs. Camunda's Spring
 * deployment names a resource it can open as a file by its absolute path (mvn spring-boot:run, tests) and one
 * inside a jar by its file name, so running one after the other on a database deployed everything again and made
 * a new version of every process. With the same names, the engine's duplicate filter sees nothing changed and
 * deploys nothing. File names must therefore be unique across the deployed folders: a clash stops the start.
 * All resources stay in one deployment, so forms bound with {@code camunda:formRefBinding="deployment"} resolve.
 */
@Component
public class StableDeployment extends DefaultDeploymentConfiguration {

    @Override
    public Set<Resource> getDeploymentResources() {
        return named(super.getDeploymentResources());
    }

    /** The same resources, each named by its file name (what a jar run has always used). */
    public static Set<Resource> named(Collection<Resource> resources) {
        Map<String, Resource> byName = new TreeMap<>();
        for (Resource r : resources) {
            String name = r.getFilename();
            Resource other = byName.put(name, new Named(r, name));
            if (other != null) {
                throw new IllegalStateException("two deployment resources are named " + name + ": "
                        + other.getDescription() + " and " + r.getDescription() + "; rename one");
            }
        }
        return new LinkedHashSet<>(byName.values());
    }

    /** A resource the engine's Spring deployment names by {@link #getPathWithinContext()}. */
    static final class Named extends AbstractResource implements ContextResource {

        private final Resource resource;
        private final String name;

        Named(Resource resource, String name) {
            this.resource = resource;
            this.name = name;
        }

        @Override
        public String getPathWithinContext() {
            return name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return resource.getInputStream();
        }

        @Override
        public String getDescription() {
            return resource.getDescription();
        }
    }
}
