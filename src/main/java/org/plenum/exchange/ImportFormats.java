package org.plenum.exchange;

import org.plenum.exchange.countries.CountryNames;
import org.plenum.exchange.ipu.IpuCompareReader;
import org.plenum.exchange.ipu.IpuRankingReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The readers that match country names share one {@link CountryNames}, read once from the bundled lists. */
@Configuration(proxyBeanMethods = false)
class ImportFormats {

    @Bean
    CountryNames countryNames() {
        return CountryNames.bundled();
    }

    @Bean
    IpuRankingReader ipuRankingReader(CountryNames names) {
        return new IpuRankingReader(names);
    }

    @Bean
    IpuCompareReader ipuCompareReader(CountryNames names) {
        return new IpuCompareReader(names);
    }
}
