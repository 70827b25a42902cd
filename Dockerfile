# Phối hợp — production image. Build: docker build -t phoihop .
# Run:   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/phoihop \
#          -e SPRING_DATASOURCE_USERNAME=phoihop -e SPRING_DATASOURCE_PASSWORD=... \
#          -e APP_ADMIN_USERNAME=quantri -e APP_ADMIN_PASSWORD='at-least-12-chars' phoihop
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY db db
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app phoihop
WORKDIR /app
COPY --from=build /src/target/phoihop-*.jar /app/phoihop.jar
USER phoihop
EXPOSE 8080
ENV JAVA_OPTS="-Xmx512m -XX:+UseParallelGC -XX:-UseCodeCacheFlushing"
# Production settings come from the environment: SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD, APP_ADMIN_USERNAME/_PASSWORD.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/phoihop.jar"]
