package org.nura.admin.analytics;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nura.admin.platform.Notices;
import org.nura.analytics.boundary.Reports;
import org.nura.analytics.control.Filters;
import org.nura.platform.control.NuraException;
import org.primefaces.event.TabChangeEvent;

/**
 * The report: one tab per section, each read only when it is shown, with the period and filters as page
 * parameters (a report can be bookmarked and sent), and each section's CSV as the API writes it.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    private String section = Reports.SECTIONS.get(0);
    private Integer days = 30;
    private String from;
    private String to;
    private String channel;
    private String agent;
    private String category;
    private String lang;
    private transient Map<String, List<? extends Record>> rows;
    private transient boolean refused;

    /** Reads the shown section before the page is drawn, so that a refused period or filter shows its message. */
    public void load() {
        rows(section);
    }

    /** The rows of one section, read once per view; empty (and a message) when the period or a filter is refused. */
    public List<? extends Record> rows(String name) {
        if (rows == null) {
            rows = new HashMap<>();
        }
        List<? extends Record> found = rows.get(name);
        if (found == null && !refused) {
            try {
                found = reports.section(dates() ? null : days, from, to, filters(), name);
            } catch (NuraException e) {
                refused = true;
                Notices.refused(e);
            }
            rows.put(name, found == null ? List.of() : found);
        }
        return found == null ? List.of() : found;
    }

    /** Remembers the tab the supervisor opened, so that the filters and the CSV keep to it. */
    public void onTabChange(TabChangeEvent<?> event) {
        setSection(event.getTab().getId());
    }

    /** Opens the page again with the filters as its parameters (bookmarkable); the shown tab stays. */
    public String apply() {
        return "/analytics/reports?faces-redirect=true&includeViewParams=true";
    }

    /** Streams the section's CSV (UTF-8 with BOM, as the API's) as a download named by section and period. */
    public void download(String name) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        byte[] csv;
        try {
            csv = reports.csv(dates() ? null : days, from, to, filters(), name);
        } catch (NuraException e) {
            Notices.refused(e);
            return;
        }
        ExternalContext out = faces.getExternalContext();
        out.responseReset();
        out.setResponseContentType("text/csv; charset=UTF-8");
        out.setResponseContentLength(csv.length);
        out.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName(name) + "\"");
        try (OutputStream body = out.getResponseOutputStream()) {
            body.write(csv);
        }
        faces.responseComplete();
    }

    /** e.g. {@code nura-intents-30d.csv} or {@code nura-intents-2026-11-01_2026-11-30.csv}; only safe characters. */
    String fileName(String name) {
        String period = dates() ? blankless(from, "start") + "_" + blankless(to, "today") : days + "d";
        return ("nura-" + name + "-" + period).replaceAll("[^A-Za-z0-9_.-]", "") + ".csv";
    }

    private Filters filters() {
        return new Filters(channel, agent, category, lang);
    }

    private boolean dates() {
        return from != null && !from.isBlank() || to != null && !to.isBlank();
    }

    private static String blankless(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    public List<String> getSections() {
        return Reports.SECTIONS;
    }

    public int getTabIndex() {
        return Math.max(0, Reports.SECTIONS.indexOf(section));
    }

    public void setTabIndex(int index) {
        if (index >= 0 && index < Reports.SECTIONS.size()) {
            section = Reports.SECTIONS.get(index);
        }
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = Reports.SECTIONS.contains(section) ? section : Reports.SECTIONS.get(0);
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days == null ? 30 : days;
    }

    public String getFrom() {
        return from;
    }

    /** A blank date (an emptied date field, {@code from=} in the address) is no date. */
    public void setFrom(String from) {
        this.from = from == null || from.isBlank() ? null : from.strip();
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null || to.isBlank() ? null : to.strip();
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
