# CI only: the Java runtime base of the local images, from the imported Debian root filesystem and a runtime
# jlinked from the JDK that CI builds with (build context: that runtime's folder; see ../prepare).
FROM oxidation-ci/debian:bookworm
ARG JAVA_VERSION
LABEL org.oxidation.java.version=${JAVA_VERSION}
COPY . /opt/java
ENV JAVA_HOME=/opt/java \
    PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8
CMD ["java", "-version"]
