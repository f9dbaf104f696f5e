package io.servicedesk.casework;

import java.util.Map;

/**
 * A further condition a case module adds to a queue query, over the case row {@code c}
 * (for example on the module's own table joined by {@code c.id}), with its named
 * parameters. {@code scopedToViewer} says the condition itself limits the cases to those
 * the viewer may see, so a queue of every team may be shown to an agent.
 */
public record QueueCondition(String sql, Map<String, Object> params, boolean scopedToViewer) {

	public static final QueueCondition NONE = new QueueCondition(null, Map.of(), false);

}
