package org.nura.ai.control;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.Timeout;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.CompletionUsage;

/**
 * One chat completion through the official OpenAI Java client, against any OpenAI-compatible base URL. It never
 * throws: a failure (HTTP error, timeout, unreadable reply) comes back as an unsuccessful {@link Result}.
 */
public final class OpenAiChat {

    /** The reply text and usage of one call, or its error. */
    public record Result(boolean ok, String text, long promptTokens, long completionTokens, long totalTokens,
            long latencyMs, String error) {
    }

    /** How the model is to reply: its temperature, the most tokens it may write, and whether only a JSON object. */
    public record Options(double temperature, long maxTokens, boolean jsonObject) {
    }

    private final OpenAIClient client;
    private final String model;

    public OpenAiChat(LlmSettings settings) {
        // no client-side retries: the breaker decides about calling again, and a retry would double the wait; the
        // whole call is bounded by the per-answer budget so that a hanging server frees its pool thread in time
        this.client = OpenAIOkHttpClient.builder().apiKey(settings.apiKey()).baseUrl(settings.baseUrl())
                .timeout(Timeout.builder().connect(settings.connectTimeout()).read(settings.timeout())
                        .write(settings.timeout()).request(settings.timeout()).build())
                .maxRetries(0).build();
        this.model = settings.model();
    }

    /**
     * Loads the client's HTTP and JSON machinery with a call that costs no tokens (the model list), so that the first
     * customer's call does not pay for it: on a busy server the first call took 6 s, the next 1.5 s, and the first one
     * ran out of its budget. Whatever the server answers, even an error, has done the loading.
     */
    public void warmUp() {
        try {
            client.models().list();
        } catch (RuntimeException e) {
            // an error answer has loaded the same classes; the real calls report real failures
        }
    }

    public Result send(Prompt prompt, Options options) {
        long started = System.nanoTime();
        try {
            ChatCompletion completion = client.chat().completions().create(params(prompt, options));
            long ms = (System.nanoTime() - started) / 1_000_000;
            String text = completion.choices().isEmpty() ? ""
                    : completion.choices().get(0).message().content().orElse("");
            CompletionUsage usage = completion.usage().orElse(null);
            return usage == null ? new Result(true, text, 0, 0, 0, ms, null)
                    : new Result(true, text, usage.promptTokens(), usage.completionTokens(), usage.totalTokens(), ms,
                            null);
        } catch (RuntimeException e) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Result(false, null, 0, 0, 0, ms, error.length() > 500 ? error.substring(0, 500) : error);
        }
    }

    private ChatCompletionCreateParams params(Prompt prompt, Options options) {
        ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder().model(model)
                .temperature(options.temperature()).maxCompletionTokens(options.maxTokens())
                .addSystemMessage(prompt.system());
        if (options.jsonObject()) {
            // JSON mode; the prompt must still ask for JSON, or the API refuses the request
            params.responseFormat(ResponseFormatJsonObject.builder().build());
        }
        for (Prompt.Line line : prompt.lines()) {
            if ("assistant".equals(line.role())) {
                params.addAssistantMessage(line.text());
            } else {
                params.addUserMessage(line.text());
            }
        }
        return params.build();
    }

    public void close() {
        client.close();
    }
}
