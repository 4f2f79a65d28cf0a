package org.tanji.portal.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.tanji.portal.application.OrganisationService;
import org.tanji.portal.application.OwnFactors;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.party.PortalUser;
import org.tanji.portal.domain.model.party.Role;

/** Administration: organisations (with their unified social credit code) and their users. */
@Path("organisations")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {
    @Inject
    OrganisationService organisations;

    @Inject
    OwnFactors ownFactors;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    record OrganisationRequest(
            @NotBlank @Size(max = 300) String legalName,

            @NotBlank @Pattern(regexp = "[0-9A-Z]{18}", message = "must be 18 digits or capital letters")
            String creditCode,

            @Size(max = 500) String address,
            @NotNull Organisation.Kind kind) {}

    record OrganisationDto(long id, String legalName, String creditCode, String address, Organisation.Kind kind) {
        static OrganisationDto of(Organisation o) {
            return new OrganisationDto(o.id(), o.legalName(), o.creditCode(), o.address(), o.kind());
        }
    }

    record UserRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "3 to 100 of a-z 0-9 . _ -")
            String login,

            @NotBlank @Size(max = 200) String displayName,
            @NotNull Role role,

            @NotNull // what a password must be: PasswordPolicy
            String password) {}

    record UserDto(long id, String login, String displayName, Role role, long organisationId, boolean enabled) {
        static UserDto of(PortalUser u) {
            return new UserDto(
                    u.id(),
                    u.login(),
                    u.displayName(),
                    u.role(),
                    u.organisation().id(),
                    u.enabled());
        }
    }

    record StatusRequest(@NotNull Boolean enabled) {}

    record PasswordReset(
            @NotNull // what a password must be: PasswordPolicy
            String newPassword) {}

    @GET
    public List<OrganisationDto> list() {
        return organisations.list().stream().map(OrganisationDto::of).toList();
    }

    @POST
    public Response create(@NotNull @Valid OrganisationRequest body) {
        Organisation o =
                organisations.create(caller.get(), body.legalName(), body.creditCode(), body.address(), body.kind());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(o.id()))
                        .build())
                .entity(OrganisationDto.of(o))
                .build();
    }

    @GET
    @Path("{id}/users")
    public List<UserDto> users(@PathParam("id") long id) {
        return organisations.users(id).stream().map(UserDto::of).toList();
    }

    @POST
    @Path("{id}/users")
    public Response addUser(@PathParam("id") long id, @NotNull @Valid UserRequest body) {
        PortalUser u =
                organisations.addUser(caller.get(), id, body.login(), body.displayName(), body.role(), body.password());
        return Response.status(201).entity(UserDto.of(u)).build();
    }

    /** The organisation's own emission factors (primary data), as its people entered them. */
    @GET
    @Path("{id}/own-factors")
    public List<JsonNode> ownFactors(@PathParam("id") long id) {
        organisations.get(id); // an unknown organisation is 404, not an empty list
        return ownFactors.of(id);
    }

    /** Disables (or enables again) a user: a disabled user's tokens end and its sessions are refused. */
    @PUT
    @Path("{id}/users/{login}/status")
    public UserDto setStatus(
            @PathParam("id") long id, @PathParam("login") String login, @NotNull @Valid StatusRequest body) {
        return UserDto.of(organisations.setEnabled(caller.get(), id, login, body.enabled()));
    }

    /** Sets a new password for a user who lost theirs; the user's tokens end. */
    @PUT
    @Path("{id}/users/{login}/password")
    public Response resetPassword(
            @PathParam("id") long id, @PathParam("login") String login, @NotNull @Valid PasswordReset body) {
        organisations.resetPassword(caller.get(), id, login, body.newPassword());
        return Response.noContent().build();
    }
}
