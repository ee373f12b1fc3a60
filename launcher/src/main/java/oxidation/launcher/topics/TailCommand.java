package oxidation.launcher.topics;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import oxidation.events.JsonCodec;
import oxidation.events.Topic;
import oxidation.events.Topics;
import oxidation.launcher.BrokerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code oxidation tail}: subscribe to a topic and print its records as JSON lines. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Subscribe to a topic and print each record as one JSON line: {\"key\":...,\"value\":...}.",
        footer = {"", "Examples:", "  oxidation tail articles.tagged --tool uv",
            "  oxidation tail trend.events --from-beginning --bootstrap-server localhost:9094"})
public final class TailCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TOPIC", description = "sources, sources.status, articles.raw, articles.tagged, "
            + "trend.events or a *.dlq topic.")
    String topicName;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--tool", paramLabel = "ID", description = "Only records that concern this tool.")
    String tool;

    @Mixin
    BrokerOptions broker;

    @Option(names = "--max", paramLabel = "N", defaultValue = "0", description = "Stop after N records (0: never).")
    long max;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Topic<?, ?> topic = Topics.byName(topicName).withPrefix(broker.prefix());
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean stopping = new AtomicBoolean();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                stopping.set(true);
                consumer.wakeup();
                try {
                    main.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "tail-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            consumer.subscribe(List.of(topic.name()));
            long printed = 0;
            try {
                while (max == 0 || printed < max) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        String line = line(record);
                        if (line != null && (max == 0 || printed < max)) {
                            out.println(line);
                            out.flush();
                            printed++;
                        }
                    }
                }
            } catch (WakeupException e) {
                if (!stopping.get()) {
                    throw e;
                }
            }
            if (!stopping.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        return 0;
    }

    private String line(ConsumerRecord<String, byte[]> record) {
        JsonNode value;
        if (record.value() == null) {
            value = null;
        } else {
            try {
                value = JsonCodec.mapper().readTree(record.value());
            } catch (IOException e) {
                value = JsonCodec.mapper().getNodeFactory()
                        .textNode(new String(record.value(), StandardCharsets.UTF_8));
            }
        }
        if (tool != null && !concerns(record.key(), value)) {
            return null;
        }
        var node = JsonCodec.mapper().createObjectNode();
        node.put("key", record.key());
        node.set("value", value);
        return node.toString();
    }

    private boolean concerns(String key, JsonNode value) {
        if (tool.equals(key) || value == null) {
            return tool.equals(key);
        }
        for (JsonNode tag : value.path("tags")) {
            if (tool.equals(tag.path("tool").asText())) {
                return true;
            }
        }
        return tool.equals(value.path("tool").asText(null)) || tool.equals(value.path("release").path("tool").asText(null))
                || tool.equals(value.path("article").path("release").path("tool").asText(null));
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "oxidation-tail-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
