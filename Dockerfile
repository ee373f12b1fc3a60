# One image for every oxidation service: the container's command picks the service
# (ingest, classify, store, topics create). Base images are build arguments so a machine with no
# registry can build from locally tagged images.
ARG BUILD_IMAGE=eclipse-temurin:21-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:21-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY events/pom.xml events/pom.xml
COPY broker/pom.xml broker/pom.xml
COPY testkit/pom.xml testkit/pom.xml
COPY ingest/pom.xml ingest/pom.xml
COPY classify/pom.xml classify/pom.xml
COPY store/pom.xml store/pom.xml
COPY launcher/pom.xml launcher/pom.xml
COPY events/src events/src
COPY broker/src broker/src
COPY ingest/src/main ingest/src/main
COPY classify/src/main classify/src/main
COPY store/src/main store/src/main
COPY launcher/src/main launcher/src/main
COPY testkit/src/main testkit/src/main
RUN ./mvnw -B -q -DskipTests -pl launcher -am package \
 && mkdir -p /app \
 && cp launcher/target/oxidation-launcher.jar /app/ \
 && cp -r launcher/target/lib /app/lib

FROM ${RUNTIME_IMAGE}
WORKDIR /app
COPY --from=build /app /app
RUN useradd --system --home-dir /app oxidation 2>/dev/null || true
USER oxidation
ENV OXIDATION_JAVA_OPTS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["sh", "-c", "exec java $OXIDATION_JAVA_OPTS -cp '/app/oxidation-launcher.jar:/app/lib/*' oxidation.launcher.Main \"$@\"", "oxidation"]
CMD ["--help"]
