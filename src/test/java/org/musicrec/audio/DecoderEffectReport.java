package org.musicrec.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * bench/audio-decoder-effect.sh: how much of the disagreement with librosa comes from the MP3
 * decoder. Compares the 40 clips against librosa-features.csv decoded four ways with JLayer (raw;
 * gapless trimming only; ffmpeg rounding only; both = what AudioDecoder does) and, when a folder of
 * ffmpeg-decoded WAVs is given, through ffmpeg's own decode (isolating the feature maths).
 * Args: clip folder, optional folder of &lt;id&gt;.wav files.
 */
public final class DecoderEffectReport {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/audio-real");
        AgreementTable table = AgreementTable.load(dir.resolve("librosa-features.csv"));
        FeatureExtractor extractor = new FeatureExtractor();
        DecodeLimits limits = DecodeLimits.DEFAULT;
        boolean[][] modes = {{false, false}, {true, false}, {false, true}, {true, true}};
        String[] names = {"JLayer raw (info frame + delays kept, truncating)", "gapless trim only", "ffmpeg rounding only",
                "gapless trim + ffmpeg rounding (ours)"};
        for (int m = 0; m < modes.length; m++) {
            Map<String, double[]> ours = new LinkedHashMap<>();
            for (String id : table.reference().keySet()) {
                byte[] data = Files.readAllBytes(dir.resolve(id + ".mp3"));
                DecodedAudio audio = Mp3Decoder.decode(data, limits, modes[m][0], modes[m][1]);
                ours.put(id, extractor.features(id, audio).values());
            }
            System.out.println(table.compare(ours).oneLine(names[m]));
            if (m == modes.length - 1) {
                System.out.print(table.compare(ours).render("  per feature family, " + names[m]));
            }
        }
        if (args.length > 1) {
            Map<String, double[]> ours = new LinkedHashMap<>();
            AudioDecoder decoder = new AudioDecoder();
            for (String id : table.reference().keySet()) {
                ours.put(id, extractor.features(id, decoder.decode(Path.of(args[1]).resolve(id + ".wav"))).values());
            }
            System.out.println(table.compare(ours).oneLine("ffmpeg's decode (s16 WAV) + our features"));
        }
    }
}
