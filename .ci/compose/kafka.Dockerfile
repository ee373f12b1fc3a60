# CI only: the apache/kafka stand-in: Kafka's own broker (kafka.Kafka) from the jars Maven resolved for the
# launcher (build context: launcher/target), on the scripts of oxidation-ci/kafka-base (see prepare).
ARG KAFKA_BASE_IMAGE=oxidation-ci/kafka-base:local
FROM ${KAFKA_BASE_IMAGE}
COPY lib /opt/kafka/libs
