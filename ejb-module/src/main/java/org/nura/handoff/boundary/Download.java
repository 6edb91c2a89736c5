package org.nura.handoff.boundary;

/** The bytes of an attachment to send, with its checked type, its cleaned name and whether it opens inline. */
public record Download(byte[] bytes, String type, String name, boolean inline, long secondsLeft) {
}
