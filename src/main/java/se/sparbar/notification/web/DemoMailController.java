package se.sparbar.notification.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Demo only: the mail the demo has sent, newest first, as its plain-text part. */
@Controller
@Profile("demo")
class DemoMailController {

    /** A mail as the demo page shows it; the recipient's address is masked (a follower's address is never shown). */
    record SentMail(Instant sentAt, String to, String subject, String text) {
    }

    private final GreenMail server;

    DemoMailController(GreenMail server) {
        this.server = server;
    }

    @GetMapping("/admin/demo-mail")
    String list(Model model) throws MessagingException {
        MimeMessage[] received = server.getReceivedMessages();
        List<SentMail> mails = new ArrayList<>();
        for (int i = received.length - 1; i >= 0 && mails.size() < 100; i--) {
            MimeMessage m = received[i];
            String to = Arrays.stream(m.getAllRecipients() == null ? new Address[0] : m.getAllRecipients())
                    .map(a -> mask(a.toString())).collect(Collectors.joining(", "));
            mails.add(new SentMail(m.getSentDate() == null ? null : m.getSentDate().toInstant(), to, m.getSubject(), text(m)));
        }
        model.addAttribute("mails", mails);
        model.addAttribute("total", received.length);
        return "notification/demo-mail";
    }

    static String mask(String address) {
        int at = address.indexOf('@');
        return at <= 1 ? "…" + address.substring(Math.max(at, 0)) : address.charAt(0) + "…" + address.substring(at);
    }

    private static String text(MimeMessage message) {
        try {
            if (message.getContent() instanceof MimeMultipart multipart) {
                return plain(multipart);
            }
            return GreenMailUtil.getBody(message);
        } catch (Exception e) {
            return "";
        }
    }

    private static String plain(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart inner) {
                String text = plain(inner);
                if (!text.isEmpty()) {
                    return text;
                }
            } else if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
        }
        return "";
    }
}
