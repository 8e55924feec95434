package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.musicrec.platform.DataDir;

/**
 * The same 15 s of audio (100035) as WAV, FLAC and Ogg Vorbis, made by ffmpeg from the MP3: WAV and
 * FLAC hold ffmpeg's own 16-bit decode, so comparing our MP3 decode with them isolates the decoder.
 */
class DecoderFormatsTest {
    private final AudioDecoder decoder = new AudioDecoder();
    private final FeatureExtractor extractor = new FeatureExtractor();

    @Test
    void losslessFormatsAgreeToTheWavsSixteenBitRounding() throws Exception {
        Path bad = DataDir.require("audio-bad/format_100035_15s.wav").getParent();
        DecodedAudio wav = decoder.decode(bad.resolve("format_100035_15s.wav"));
        DecodedAudio flac = decoder.decode(bad.resolve("format_100035_15s.flac"));
        assertEquals(44100, wav.sampleRate());
        assertEquals(2, wav.channels());
        assertEquals(15.0, wav.durationSeconds(), 0.05);
        assertEquals("flac", flac.format());
        // ffmpeg wrote the FLAC as 24-bit from its float decode, the WAV as 16-bit: they differ by less than one 16-bit step
        assertEquals(wav.samples().length, flac.samples().length);
        double worst = 0;
        for (int i = 0; i < wav.samples().length; i++) {
            worst = Math.max(worst, Math.abs(wav.samples()[i] - flac.samples()[i]));
        }
        assertTrue(worst <= 1.0 / 32768, "largest WAV-FLAC difference " + worst * 32768 + " LSB");
    }

    @Test
    void mp3AndOggAgreeWithTheLosslessDecodeOfTheSameAudio() throws Exception {
        Path bad = DataDir.require("audio-bad/format_100035_15s.wav").getParent();
        AgreementTable table = AgreementTable.load(DataDir.require("audio-real/librosa-features.csv"));
        DecodedAudio wav = decoder.decode(bad.resolve("format_100035_15s.wav"));
        DecodedAudio ogg = decoder.decode(bad.resolve("format_100035_15s.ogg"));
        DecodedAudio mp3 = decoder.decode(bad.getParent().resolve("audio-real/100035.mp3"));
        float[] mp3Head = Arrays.copyOf(mp3.samples(), wav.samples().length);
        double[] ref = extractor.features("wav", wav).values();
        double[] fromMp3 = extractor.features("mp3", new DecodedAudio(mp3Head, 44100, 2, "mp3")).values();
        double[] fromOgg = extractor.features("ogg", ogg).values();
        AgreementTable.Summary mp3Errors = table.compare(Map.of("100035", fromMp3));
        AgreementTable.Summary oggErrors = new AgreementTable(Map.of("x", ref)).compare(Map.of("x", fromOgg));
        double[] e = table.errors(fromMp3, ref);
        double mp3VsWav = Arrays.stream(e).max().orElseThrow();
        double oggVsWav = Arrays.stream(table.errors(fromOgg, ref)).max().orElseThrow();
        double medianMp3VsWav = Arrays.stream(e).sorted().toArray()[e.length / 2];
        System.out.printf("100035 first 15 s: our MP3 decode vs ffmpeg's (WAV): median %.2e, max %.2e; Ogg Vorbis vs WAV: max %.2e%n",
                medianMp3VsWav, mp3VsWav, oggVsWav);
        assertTrue(mp3VsWav < 0.01, "MP3 vs WAV " + mp3VsWav);
        assertTrue(medianMp3VsWav < 1e-4, "MP3 vs WAV median " + medianMp3VsWav);
        // Vorbis is lossy on top of the MP3's loss: close, not equal
        assertTrue(oggVsWav < 0.5, "Ogg vs WAV " + oggVsWav);
        assertEquals(wav.samples().length, ogg.samples().length, 2048, "Ogg length");
        assertTrue(mp3Errors.values() == 154 && oggErrors.values() == 154);
    }
}
