package ${package}.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.site.CatalogueItem;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.web.ApiResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The sector's REST resource, served at /api/v1/${sector}/… and listed in /api/openapi.json while the plugin runs. */
@Component(service = ApiResource.class)
@Path("v1/${sector}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "${sector}")
public final class SectorResource implements ApiResource {
    private final ServiceCatalogue catalogue;

    @Activate
    public SectorResource(@Reference ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One service item as a kiosk or an integration reads it. */
    public record Item(String code, String name, String nameZh, String timeLimit) {
        static Item of(CatalogueItem i) {
            return new Item(i.code(), i.nameEn(), i.nameZh(), i.timeLimit().toString());
        }
    }

    @GET
    @Path("items")
    @Operation(summary = "The ${sectorName} service items with their time limits (public)")
    public List<Item> items() {
        return catalogue.items(Sector.NAME).stream().map(Item::of).toList();
    }
}
