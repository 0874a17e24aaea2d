package org.sextherapy.internal;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied in each model package's {@code package-info}.
 *
 * <p>Generated {@code Immutable*} classes are package-private and hidden behind the abstract value
 * types ({@code overshadowImplementation}), so they never appear in the public API; values are
 * created through {@code of(...)} and {@code builder()} on the abstract type. {@code jdkOnly} keeps
 * Guava off the class path. A builder missing a required field throws the library's
 * {@link org.sextherapy.InvalidValueException} ({@link MissingValueException}) instead of
 * Immutables' {@code IllegalStateException}, as any other invalid value does.
 */
@Target({TYPE, PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    throwForInvalidImmutableState = MissingValueException.class,
    defaults = @Value.Immutable(copy = false))
public @interface DomainStyle {}
