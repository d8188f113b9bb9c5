import { Module } from "@medusajs/framework/utils"
import ChannelsModuleService from "./service"

export const CHANNELS_MODULE = "channels"

export default Module(CHANNELS_MODULE, {
  service: ChannelsModuleService,
})
