package io.github.gamedyn.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict spec syntax shared by games and optimisers (audit M6, L1). */
class KeyValueSpecTest {

    @Test
    void readsNameAndPairsInOrderWithoutSurroundingSpaces() {
        KeyValueSpec s = KeyValueSpec.parse("ipd:scaled=true, gamma=0.5");
        assertEquals("ipd", s.name());
        assertEquals(List.of("scaled", "gamma"), List.copyOf(s.values().keySet()));
        assertEquals(Map.of("scaled", "true", "gamma", "0.5"), s.values());
        assertEquals(Map.of(), KeyValueSpec.parse("matching-pennies").values());
        assertEquals("lookahead+heavy-ball", KeyValueSpec.parse("lookahead+heavy-ball:beta=-0.3")
                .name());
    }

    /** M6: the last duplicate used to win silently. */
    @Test
    void aKeyGivenTwiceIsRejected() {
        assertEquals("dim given twice; allowed: each key once",
                rejected("bilinear:dim=2,dim=3"));
        assertEquals("alpha given twice; allowed: each key once",
                rejected("gd:alpha=0.1, alpha=0.2"));
    }

    /** L1: trailing and doubled commas used to be skipped. */
    @Test
    void emptyPairsAndMalformedPairsAreRejected() {
        for (String text : new String[] {"bilinear:dim=2,", "gd:alpha=0.1,,", "gd:,alpha=1"}) {
            assertTrue(rejected(text).startsWith("an empty parameter (a trailing or doubled comma)"),
                    text);
        }
        assertEquals("parameter 'dim' is not of the form key=value", rejected("bilinear:dim"));
        assertEquals("parameter '=3' is not of the form key=value", rejected("bilinear:=3"));
        assertEquals("parameter 'seed=' is not of the form key=value", rejected("bilinear:seed="));
        assertTrue(rejected("bilinear:").startsWith("nothing after ':'"));
        assertTrue(rejected(":dim=2").startsWith("no name before ':'"));
        assertTrue(rejected("  ").startsWith("the spec is empty"));
        assertTrue(rejected(null).startsWith("the spec is missing"));
    }

    @Test
    void unknownKeysNameTheOwnerAndWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyValueSpec.parse("bilinear:size=3").requireKeys(List.of("dim", "a"),
                        "game bilinear"));
        assertEquals("game bilinear has no parameter 'size'; allowed: dim, a", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> KeyValueSpec.parse("tandem:x=1").requireKeys(List.of(), "game tandem"));
        assertEquals("game tandem has no parameter 'x'; it takes none", e.getMessage());
    }

    private static String rejected(String text) {
        return assertThrows(IllegalArgumentException.class, () -> KeyValueSpec.parse(text))
                .getMessage();
    }
}
