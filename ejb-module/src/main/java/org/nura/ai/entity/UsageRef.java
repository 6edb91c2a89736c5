package org.nura.ai.entity;

/** Which session and message a model call was for, so its usage row can be joined to the conversation. */
public record UsageRef(String sessionId, String messageId) {

    public static final UsageRef NONE = new UsageRef(null, null);
}
