package id.regsosek.tasklist;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tasklist's task saves through both API channels pass {@link TaskSaveBodyFilter} first. */
@Configuration
public class TasklistWebConfig {

    @Bean
    FilterRegistrationBean<TaskSaveBodyFilter> taskSaveBody() {
        FilterRegistrationBean<TaskSaveBodyFilter> registration = new FilterRegistrationBean<>(
                new TaskSaveBodyFilter());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(104);
        return registration;
    }
}
