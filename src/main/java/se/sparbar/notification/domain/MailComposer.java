package se.sparbar.notification.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.sparbar.shared.MunicipalityName;

/**
 * Writes mails from the Thymeleaf templates in {@code classpath:mail/}: a plain-text part and an HTML
 * part, in the recipient's language, with {@code List-Unsubscribe} headers for followers.
 */
@Component
public class MailComposer {

    /** One thing that happened, as a mail shows it. */
    public record Item(String kindLabel, String summary, String when, String link, List<Map.Entry<String, String>> details) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final JavaMailSender sender;
    private final MessageSource messages;
    private final MunicipalityName municipality;
    private final String baseUrl;
    private final String from;
    private final ZoneId zone;

    MailComposer(JavaMailSender sender, MessageSource messages, MunicipalityName municipality,
                 @Value("${sparbar.notification.base-url:http://localhost:8080}") String baseUrl,
                 @Value("${sparbar.notification.from:noreply@sparbar.invalid}") String from,
                 @Value("${sparbar.time-zone:Europe/Stockholm}") String zone) {
        this.sender = sender;
        this.messages = messages;
        this.municipality = municipality;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
        this.zone = ZoneId.of(zone);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        resolver.setCacheable(true);
        return resolver;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Locale locale(String language) {
        return Locale.forLanguageTag(language == null ? "sv" : language);
    }

    public String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    public String when(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** Details whose values are a name in the code (an outcome, a status, a kind): the bundle prefix that translates them. */
    private static final Map<String, String> VALUE_KEYS = Map.of(
            "outcome", "outcome.",
            "proposedOutcome", "outcome.",
            "status", "itemStatus.",
            "caseType", "caseType.",
            "confirmed", "notification.detail.confirmed.");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    /**
     * A detail's value as the recipient reads it: outcomes, statuses and kinds by their translated name
     * (never the code's), dates and times in the recipient's language and the municipality's zone, and
     * free text (a case number, a paragraph) as it is.
     */
    public String detailValue(String name, String value, Locale locale) {
        if (value == null) {
            return "";
        }
        String prefix = VALUE_KEYS.get(name);
        if (prefix != null) {
            String key = prefix + value;
            String label = message(key, locale);
            return label.equals(key) ? message("notification.detail.unknownValue", locale) : label;
        }
        if (DATE.matcher(value).matches()) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(java.time.LocalDate.parse(value));
        }
        if (INSTANT.matcher(value).matches()) {
            return when(Instant.parse(value), locale);
        }
        return value;
    }

    /**
     * Builds and sends one mail from template {@code name} ({@code name.txt} and {@code name.html}), on a
     * connection of its own (for the odd mail a user asks for: a confirmation link).
     *
     * @param unsubscribeUrl null for mails that are not a follower's
     * @param messageId      a stable id, so that a mail sent again after a crash is recognisable as the same one
     */
    public void send(String to, Locale locale, String subject, String name, Map<String, Object> variables,
                     String unsubscribeUrl, String messageId) {
        sender.send(compose(to, locale, subject, name, variables, unsubscribeUrl, messageId));
    }

    /** Builds one mail from template {@code name} without sending it; see {@link #send}. */
    public MimeMessage compose(String to, Locale locale, String subject, String name, Map<String, Object> variables,
                               String unsubscribeUrl, String messageId) {
        Context context = new Context(locale);
        context.setVariables(variables);
        context.setVariable("municipality", municipality.municipalityName());
        context.setVariable("unsubscribeUrl", unsubscribeUrl);
        context.setVariable("subject", subject);
        String text = engine.process(name + ".txt", context);
        String html = engine.process(name + ".html", context);
        MimeMessage message = new StableIdMimeMessage(sender.createMimeMessage(), messageId);
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, html);
            if (unsubscribeUrl != null) {
                // RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this URL
                message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    /** One open SMTP connection: many mails, one after the other, each accepted or refused on its own. */
    public interface Connection extends AutoCloseable {
        /** Sends one mail; returns when the server has accepted it (its "250 OK"). */
        void send(MimeMessage message) throws MessagingException;

        boolean isConnected();

        @Override
        void close();
    }

    /**
     * Opens one SMTP connection (Spring Boot's {@code spring.mail.*} settings: host, port, user, password,
     * session properties such as STARTTLS and timeouts), for the worker to send a batch over.
     */
    public Connection connect() throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            return new Connection() { // another sender: one send each, as it does it
                public void send(MimeMessage message) {
                    sender.send(message);
                }

                public boolean isConnected() {
                    return true;
                }

                public void close() {
                }
            };
        }
        Transport transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
        transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
        return new Connection() {
            public void send(MimeMessage message) throws MessagingException {
                if (message.getSentDate() == null) {
                    message.setSentDate(new java.util.Date());
                }
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }

            public boolean isConnected() {
                return transport.isConnected();
            }

            public void close() {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the mails are sent or recorded as failed already; a failed QUIT changes nothing
                }
            }
        };
    }

    /** Keeps the Message-ID we give it instead of generating a new one when the message is saved. */
    private static final class StableIdMimeMessage extends MimeMessage {
        private final String messageId;

        StableIdMimeMessage(MimeMessage session, String messageId) {
            super(session.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }
}
