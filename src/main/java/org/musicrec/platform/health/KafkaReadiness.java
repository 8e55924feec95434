package org.musicrec.platform.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicrec.platform.kafka.KafkaClients;
import org.musicrec.platform.kafka.KafkaSettings;

/** Ready only when the Kafka cluster answers a metadata request; DOWN carries the reason. */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    @Inject
    KafkaSettings settings;

    private Admin admin;

    @PostConstruct
    void open() {
        admin = KafkaClients.create(() -> Admin.create(settings.admin()));
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka").withData("bootstrap", settings.bootstrapServers());
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2500))
                    .nodes().get(3, TimeUnit.SECONDS).size();
            return response.up().withData("brokers", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        } catch (Exception e) {
            return response.down().withData("reason", Reasons.of(e)).build();
        }
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
