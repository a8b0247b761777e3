package io.rug.site.web;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Server-sent events that tell open pages to reload after a chapter was re-rendered. */
public final class LiveReload {
  public static final String PATH = "/_live";

  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

  void connect(SseClient client) {
    clients.add(client);
    client.onClose(() -> clients.remove(client));
    client.sendComment("connected");
    client.keepAlive(); // may block this request's thread until the client goes away
  }

  /** Asks every open page to reload. */
  public void reloadAll() {
    for (SseClient client : clients) {
      if (client.terminated()) {
        clients.remove(client);
      } else {
        client.sendEvent("message", "reload");
      }
    }
  }

  public int connectedClients() {
    return clients.size();
  }
}
