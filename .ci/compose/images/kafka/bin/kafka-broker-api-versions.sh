#!/bin/sh
# Stand-in for Kafka's tool of this name, for the compose file's healthcheck: exits 0 when the broker named
# by --bootstrap-server answers an admin request (it describes the broker's configuration).
exec java -Xmx96m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties \
  -cp '/opt/kafka/libs/*' kafka.admin.ConfigCommand "$@" --describe --entity-type brokers --entity-default
