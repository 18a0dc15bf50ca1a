package hark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test that is not a unit test of logic: it starts a child JVM, reads a dev set, runs many property tries,
 * loads the FreeTTS voice, plays through a sound device (the in-memory one plays in real time), waits on a
 * deliberate delay (a server that drips or a deadline), or feeds a pathological input (100,000 elements, a
 * 16 MB body). {@code mvn test} runs everything; {@code mvn test -DexcludedGroups=slow} leaves these out for a
 * quick check while editing.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
