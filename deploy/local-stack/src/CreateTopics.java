import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Creates every topic of deploy/kafka/topics.txt ("name partitions" per line, # comments) in one JVM,
 * instead of one TopicCommand JVM per topic (slow on 2 cores). Idempotent: existing topics are kept,
 * a topic with fewer partitions than listed is grown (Kafka cannot shrink partitions).
 *
 * Usage: java -cp 'kafka-libs/*:.' CreateTopics <bootstrap servers> <topics file>
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CreateTopics <bootstrap> <topics.txt>");
            System.exit(2);
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (String raw : Files.readAllLines(Path.of(args[1]))) {
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.isEmpty()) continue;
            String[] parts = line.split("\\s+");
            wanted.put(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
        }

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        try (Admin admin = Admin.create(props)) {
            var existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> create = new ArrayList<>();
            Map<String, NewPartitions> grow = new HashMap<>();
            List<String> present = wanted.keySet().stream().filter(existing::contains).toList();
            Map<String, TopicDescription> described = present.isEmpty() ? Map.of()
                    : admin.describeTopics(present).allTopicNames().get(60, TimeUnit.SECONDS);
            wanted.forEach((name, partitions) -> {
                TopicDescription d = described.get(name);
                if (d == null) create.add(new NewTopic(name, partitions, (short) 1));
                else if (d.partitions().size() < partitions) grow.put(name, NewPartitions.increaseTo(partitions));
            });
            if (!create.isEmpty()) admin.createTopics(create).all().get(60, TimeUnit.SECONDS);
            if (!grow.isEmpty()) admin.createPartitions(grow).all().get(60, TimeUnit.SECONDS);
            System.out.printf("topics: %d listed, %d created, %d grown, %d unchanged%n",
                    wanted.size(), create.size(), grow.size(), wanted.size() - create.size() - grow.size());
        }
    }
}
