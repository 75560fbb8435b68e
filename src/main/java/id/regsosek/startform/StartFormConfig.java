package id.regsosek.startform;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves start forms with their regency's choices, after our login and the REST allowlist have run. */
@Configuration
public class StartFormConfig {

    @Bean
    FilterRegistrationBean<StartFormOptionsFilter> startFormOptions(List<StartFormOptionSource> sources) {
        FilterRegistrationBean<StartFormOptionsFilter> registration =
                new FilterRegistrationBean<>(new StartFormOptionsFilter(sources));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(103);
        return registration;
    }
}
