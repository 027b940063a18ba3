export { ChannelLegend, type ChannelLegendItem } from './channel-legend';
export { channels, type Channel } from './channels';
