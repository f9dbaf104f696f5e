# Production image: the application jar on a JRE; no PostgreSQL binaries inside.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/service-desk-*.jar application.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system servicedesk && useradd --system --gid servicedesk servicedesk
WORKDIR /app
COPY --from=build /workspace/application.jar application.jar
USER servicedesk
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/application.jar"]
