package se.sparbar.shared.web;

import java.beans.PropertyEditorSupport;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * One rule for every text the application binds, in forms, query parameters and paths alike: a
 * NUL character is refused. PostgreSQL cannot store it in a text column, so it would otherwise
 * reach the database as an error. In a form it becomes a field error ({@code typeMismatch},
 * translated) with the rest of the input kept; in a plain request parameter the request answers 400.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HostileInput {

    @InitBinder
    void refuseNulCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextWithoutNul());
    }

    /** Keeps a text as it is, unless it holds a character no text column can store. */
    static final class TextWithoutNul extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("A text may not contain the NUL character");
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
