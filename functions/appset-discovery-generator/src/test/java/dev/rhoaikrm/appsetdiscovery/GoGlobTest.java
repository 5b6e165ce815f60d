package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's path.Match, as ArgoCD's directory generator applies it (cases in the style of Go's own match tests). */
class GoGlobTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            abc                 | abc                  | true
            *                   | abc                  | true
            *c                  | abc                  | true
            a*                  | a                    | true
            a*                  | abc                  | true
            a*                  | ab/c                 | false
            a*/b                | abc/b                | true
            a*/b                | a/c/b                | false
            a*b*c*d*e*/f        | axbxcxdxe/f          | true
            a*b*c*d*e*/f        | axbxcxdxexxx/f       | true
            a*b*c*d*e*/f        | axbxcxdxe/xxx/f      | false
            a*b*c*d*e*/f        | axbxcxdxexxx/fff     | false
            a*b?c*x             | abxbbxdbxebxczzx     | true
            a*b?c*x             | abxbbxdbxebxczzy     | false
            ab[c]               | abc                  | true
            ab[b-d]             | abc                  | true
            ab[e-g]             | abc                  | false
            ab[^c]              | abc                  | false
            ab[^b-d]            | abc                  | false
            ab[^e-g]            | abc                  | true
            a\\*b               | a*b                  | true
            a\\*b               | ab                   | false
            a?b                 | a☺b                  | true
            a[^a]b              | a☺b                  | true
            a???b               | a☺b                  | false
            [a-ζ]*              | α                    | true
            *[a-ζ]              | A                    | false
            a?b                 | a/b                  | false
            a*b                 | a/b                  | false
            a[^x]b              | a/b                  | true
            [\\]a]              | ]                    | true
            [\\-]               | -                    | true
            [x\\-]              | x                    | true
            [x\\-]              | -                    | true
            [x\\-]              | z                    | false
            *x                  | xxx                  | true
            components/*        | components/nfd       | true
            components/*        | components/nfd/base  | false
            components/**       | components/nfd/base  | false
            usecases/models/*/profiles/tier1-minimal | usecases/models/gpt-oss-120b/profiles/tier1-minimal | true
            """)
    void matchesAsGoDoes(String pattern, String name, boolean expected) throws GoGlob.BadPattern {
        assertThat(GoGlob.compile(pattern).matches(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is malformed")
    @CsvSource(delimiter = '|', textBlock = """
            []a]
            [-]
            [x-]
            [-x]
            \\
            [a-b-c]
            [
            [^
            [^bc
            a[
            a/b[
            """)
    void malformedPatternsAreRefused(String pattern) {
        assertThatThrownBy(() -> GoGlob.compile(pattern)).isInstanceOf(GoGlob.BadPattern.class);
    }
}
