# Builds and runs Spårbar against an external PostgreSQL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY db db
COPY src src
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 sparbar
COPY --from=build /src/target/sparbar-*.jar /app/sparbar.jar
USER sparbar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/sparbar.jar"]
