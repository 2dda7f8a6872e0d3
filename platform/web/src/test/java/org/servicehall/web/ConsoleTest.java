package org.servicehall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException.FieldError;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** How a form's validation error reads in the pop-up: labels, not internal field names, one a line. */
class ConsoleTest {

    @Test
    void eachProblemIsOnItsOwnLineNamedByTheFieldsLabel() {
        String text = Console.describe(
                List.of(new FieldError("staffNumber", "must not be empty"), new FieldError("name", "must not be empty")),
                Map.of("staffNumber", "Staff number", "name", "Name"));
        assertEquals("Staff number: must not be empty\nName: must not be empty", text);
    }

    @Test
    void aFieldWithoutALabelIsNamedByItsFieldName() {
        String text = Console.describe(List.of(new FieldError("windowNumber", "is already used"),
                new FieldError("name", "must not be empty"), new FieldError("roles", "at least one role is required")),
                Map.of("name", "姓名", "roles", " "));
        assertEquals("windowNumber: is already used\n姓名: must not be empty\nroles: at least one role is required", text);
    }

    @Test
    void theLabelIsReadFromTheComponent() {
        TextField name = new TextField();
        name.setLabel(" Name ");
        assertEquals(Optional.of("Name"), Console.labelOf(name));
        PasswordField password = new PasswordField("Set a new password");
        assertEquals(Optional.of("Set a new password"), Console.labelOf(password));
        CheckboxGroup<String> roles = new CheckboxGroup<>();
        roles.setLabel("Roles");
        assertEquals(Optional.of("Roles"), Console.labelOf(roles));
        assertTrue(Console.labelOf(new TextField()).isEmpty());
        assertTrue(Console.labelOf("not a component").isEmpty());
    }
}
