package dev.rhoaikrm.core.yaml;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A parser that refuses nesting deeper than {@link InputLimits#maxDepth()}, for the composer: it
 * recurses once per level, so 10,000 nested sequences would overflow the stack. The event scanner
 * checks the same limit, but an intent read by lines (a kpt ResourceList) reaches the composer first.
 */
final class DepthLimitedParser implements Parser {
    private final Parser parser;
    private final String file;
    private final int maxDepth;
    private int depth;

    DepthLimitedParser(Parser parser, String file, int maxDepth) {
        this.parser = parser;
        this.file = file;
        this.maxDepth = maxDepth;
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > maxDepth) {
                    int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(-1);
                    throw new YamlInputException("line " + line + ": nesting deeper than " + maxDepth + " levels", file, line);
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            default -> {
                // scalars, aliases, document and stream events do not nest
            }
        }
        return event;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }
}
