# CI only: the service image (oxidation:local) as the last stage of the repository's Dockerfile builds it,
# but on the jar and lib/ that Maven already built (build context: launcher/target), so CI needs no JDK image,
# no registry and no second Maven build. ComposeCiFilesTest keeps these lines in step with the Dockerfile.
ARG RUNTIME_IMAGE=oxidation-ci/runtime:local
FROM ${RUNTIME_IMAGE}
WORKDIR /app
COPY oxidation-launcher.jar /app/oxidation-launcher.jar
COPY lib /app/lib
RUN useradd --system --home-dir /app oxidation 2>/dev/null || true
USER oxidation
ENV OXIDATION_JAVA_OPTS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["sh", "-c", "exec java $OXIDATION_JAVA_OPTS -cp '/app/oxidation-launcher.jar:/app/lib/*' oxidation.launcher.Main \"$@\"", "oxidation"]
CMD ["--help"]
