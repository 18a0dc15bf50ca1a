package hark.player;

import hark.pcm.Pcm;

/**
 * One sentence's synthesized audio.
 *
 * @param index the sentence it speaks
 * @param voice the voice's name
 * @param synthRate the synthesizer rate it was made at; the stretcher supplies the rest of the speed
 * @param pcm the audio
 */
record Clip(int index, String voice, double synthRate, Pcm pcm) {
}
