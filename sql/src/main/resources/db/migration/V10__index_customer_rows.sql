-- Privacy: exporting and erasing one customer, and the nightly retention sweep, find a customer's rows by
-- customer_id and session_id and old sessions by their last change; without these they would scan whole tables.
CREATE INDEX sessions_updated_idx ON sessions (updated_at);
CREATE INDEX conversation_logs_customer_idx ON conversation_logs (customer_id);
CREATE INDEX tree_clicks_customer_idx ON tree_clicks (customer_id);
CREATE INDEX tree_clicks_session_idx ON tree_clicks (session_id);
CREATE INDEX widget_events_customer_idx ON widget_events (customer_id);
CREATE INDEX widget_events_session_idx ON widget_events (session_id);
CREATE INDEX message_feedback_session_idx ON message_feedback (session_id);
CREATE INDEX message_insights_session_idx ON message_insights (session_id);
CREATE INDEX llm_usage_logs_session_idx ON llm_usage_logs (session_id);
