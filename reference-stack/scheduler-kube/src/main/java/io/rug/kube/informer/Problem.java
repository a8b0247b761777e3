package io.rug.kube.informer;

/** An object the scheduler skips, and why; becomes an Event and a status message. */
public record Problem(ObjectRef object, String reason, String message) {}
