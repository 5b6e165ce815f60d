package dev.rhoaikrm.core.frontdoor;

import java.io.PrintStream;

/** The three streams of a front door, passed in so that tests can run every door in-process. */
public record Io(byte[] stdin, PrintStream out, PrintStream err) {
}
