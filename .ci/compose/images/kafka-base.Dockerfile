# CI only: the scripts of the apache/kafka stand-in on the local runtime image. The test's compose build
# (kafka.Dockerfile) adds Kafka's jars, the ones Maven resolved for the launcher.
FROM oxidation-ci/runtime:local
COPY kafka/ /opt/kafka/
RUN chmod 755 /opt/kafka/bin/* && mkdir -p /opt/kafka/libs /var/lib/kafka/data
ENV PATH=/opt/kafka/bin:/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
EXPOSE 9092
CMD ["/opt/kafka/bin/run"]
