package se.sparbar.opendata.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sparbar.opendata.OpenDataProperties;

/** The public "Öppna data" page and the documentation of the OParl extension. */
@Controller
class OpenDataController {

    /** A body with its calendar and decision feed. */
    record BodyLinks(long id, String name, String calendar, String decisions) {
    }

    private final JdbcClient jdbc;
    private final OpenDataProperties properties;

    OpenDataController(JdbcClient jdbc, OpenDataProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @GetMapping("/open-data")
    @Transactional(readOnly = true)
    String page(Model model) {
        List<BodyLinks> bodies = jdbc.sql("select id, name from organisation_body_public_v where active order by name, id")
                .query((rs, n) -> new BodyLinks(rs.getLong(1), rs.getString(2), "/calendar/bodies/" + rs.getLong(1) + ".ics",
                        "/feeds/bodies/" + rs.getLong(1) + "/decisions.atom"))
                .list();
        model.addAttribute("bodies", bodies);
        model.addAttribute("api", properties.url("/oparl/v1/system"));
        model.addAttribute("base", properties.baseUrl());
        return "opendata/index";
    }

    @GetMapping("/open-data/oparl-extension")
    String extension(Model model) {
        model.addAttribute("base", properties.baseUrl());
        return "opendata/extension";
    }
}
