import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The images carry no shell and no curl; a container health check (docker compose) runs this
 * with the image's own JRE: exit 0 when the URL answers 200, else 1.
 *   java -cp /opt/healthcheck HealthCheck http://localhost:8080/q/health/ready
 */
public final class HealthCheck {
    public static void main(String[] args) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(args[0]).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(3000);
            System.exit(c.getResponseCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}
