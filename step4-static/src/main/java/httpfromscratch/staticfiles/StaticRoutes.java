package httpfromscratch.staticfiles;

import httpfromscratch.routing.DemoRoutes;
import httpfromscratch.routing.Router;
import java.nio.file.Path;

/** Step 4's routes: step 3's, plus a folder served under {@code /static/}. Step 5 builds on these. */
public final class StaticRoutes {

    private StaticRoutes() {
    }

    /** {@code /}, {@code /about}, {@code /echo}, {@code /user/{username}}, and {@code /static/…} from {@code siteRoot}. */
    public static Router create(Path siteRoot) {
        return DemoRoutes.create()
                .get("/static/{path...}", new StaticFiles(siteRoot));
    }
}
