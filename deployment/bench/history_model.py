"""Weights and helpers shared by generate_history.py and session_rows.py: how often each thing happens in the
generated history (shares of intents, answer sources, handoff reasons, outcomes, thumbs-down per source) and the
LLM prices used for the cost column."""
import datetime as dt

UTC = dt.timezone.utc

HOUR_WEIGHTS = (1, .5, .3, .2, .2, .3, .6, 1.2, 2, 3, 3.5, 3.6, 3.5, 3.3, 3.2, 3.3, 3.5, 3.8, 4, 4.2, 4, 3.5, 2.6, 1.8)
INTENT_WEIGHTS = {"slow_internet": 14, "no_connection": 8, "apn_settings": 5, "selfcare_login": 6, "password_reset": 5,
                  "pin_security": 3, "puk_locked_sim": 3, "esim": 4, "packages": 12, "recharge_card_damaged": 3,
                  "balance_drain": 9, "working_hours": 4, "coverage": 4, "hakki": 3, "voice_services": 3, "fiveg": 2,
                  "business_internet": 2, "out_of_scope": 4}
SOURCE_WEIGHTS = {"tree": 8, "rules": 7, "local": 45, "rag": 12, "openai": 16, "fallback": 9}
HANDOFF_REASONS = {"explicit_request": 35, "negative_sentiment": 15, "low_confidence": 25, "bad_feedback": 15,
                   "direct_button": 10}
DOWN_SHARE = {"tree": .05, "rules": .08, "local": .12, "rag": .3, "openai": .15, "fallback": .55}
MODELS = (("gpt-4o-mini", .15, .60), ("gpt-4.1-mini", .40, 1.60))  # USD per million prompt / completion tokens
OUTCOME_STATUS = {"resolved": 78, "unresolved": 10, "follow_up": 7, "escalated": 5}


def pick(rng, weights):
    """A key of {key: weight} (weights as given, not normalised)."""
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def ts(epoch):
    """An epoch second as an ISO 8601 UTC timestamp for COPY, or None (NULL)."""
    return None if epoch is None else dt.datetime.fromtimestamp(epoch, UTC).isoformat()
