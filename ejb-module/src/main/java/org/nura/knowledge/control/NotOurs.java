package org.nura.knowledge.control;

import java.util.Set;

/**
 * When a message asks about something the tenant does not sell, judged on its {@link Lexicon} concepts: another
 * operator named with nothing but what every operator sells, or a device's price. Kept apart from the lexicon's
 * matching: this is a policy over concepts, the lexicon only finds them.
 */
final class NotOurs {

    /** The concepts of things the tenant does not sell ({@code tenant/not-ours.json}): other operators, products. */
    static final String OTHER_OPERATOR = "other_operator";
    static final String PRODUCT = "product";
    static final String PRODUCT_PRICE = "product_price";
    /** Said to the tenant ("your packages", "عندكم"): only marks a message as asking about ours; never kept. */
    static final String ADDRESSED = "addressed";

    /**
     * What any operator sells or has: asked with another operator's name, it is that operator's ("Vodafone's 5G plans",
     * "is Asiacell coverage good in Erbil"); said to us, the name is a comparison ({@link #settle}: "I switched from
     * Syriatel, is your coverage good").
     */
    private static final Set<String> COMMODITY = Set.of("price", "package", "recharge", "voucher", "balance", "drains",
            "fiveg", "esim", "volte", "business", "free", "coverage");
    private static final Set<String> NOT_OWN = Set.of(OTHER_OPERATOR, PRODUCT, PRODUCT_PRICE, "price", "angry");

    private NotOurs() {
    }

    /**
     * Whether a message's concepts say it asks about something that is not the tenant's: another operator named with
     * nothing but what every operator sells or has ("what does Syriatel charge for 10 GB"), or a device's price.
     * Naming another operator beside the tenant's own support matters (a complaint, a login, slow internet...) is a
     * question about those ("I moved from Syriatel to you and now my internet is slow").
     */
    static boolean asked(Set<String> concepts) {
        if (concepts.contains(PRODUCT_PRICE)) {
            return true;
        }
        return concepts.contains(OTHER_OPERATOR) && concepts.stream().allMatch(k -> COMMODITY.contains(k) || !own(k));
    }

    /** The concepts without those of things not ours, for a message that {@link #asked} found to be about ours. */
    static Set<String> ours(Set<String> concepts) {
        Set<String> out = new java.util.TreeSet<>(concepts);
        out.removeAll(Set.of(OTHER_OPERATOR, PRODUCT, PRODUCT_PRICE));
        return out;
    }

    /**
     * The raw concepts of a message settled: a product name alone is no evidence ("APN on my iPhone" is ours), asking
     * its price is ("how much is the iPhone") unless one of the tenant's services is priced with it ("the internet
     * bundle for my iPad"); another operator named in a message said to us is a comparison, not the subject ("cheaper
     * than Syriatel's?").
     */
    static void settle(Set<String> found) {
        if (found.remove(PRODUCT) && found.contains("price") && found.stream().noneMatch(NotOurs::own)) {
            found.add(PRODUCT_PRICE);
        }
        if (found.remove(ADDRESSED)) {
            found.remove(OTHER_OPERATOR);
        }
    }

    /** A concept of the tenant's own services (not one of the not-ours concepts, nor mood or price). */
    private static boolean own(String concept) {
        return !NOT_OWN.contains(concept);
    }
}
